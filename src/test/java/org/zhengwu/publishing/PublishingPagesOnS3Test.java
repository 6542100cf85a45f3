package org.zhengwu.publishing;

import org.springframework.context.annotation.Import;
import org.zhengwu.TestS3;

/**
 * The same publishing cases with {@code zhengwu.storage=s3}, against a real S3 server (S3Proxy): each page is read
 * from the bucket, where readers get it.
 */
@Import(TestS3.class)
class PublishingPagesOnS3Test extends PublishingPagesTest {
}
