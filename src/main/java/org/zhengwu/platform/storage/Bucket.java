package org.zhengwu.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * One bucket of an S3-compatible store, addressed by keys without a leading '/' ("www/index.html"). Every failure
 * of the store comes out as an {@link UncheckedIOException} naming the bucket and key, so callers handle one kind.
 */
public final class Bucket {

    /** An object's tag (the MD5 of its bytes for a single upload), size and time. */
    public record Info(String etag, long size, long modified) {
    }

    private final S3Client s3;
    private final String name;

    Bucket(S3Client s3, String name) {
        this.s3 = s3;
        this.name = name;
    }

    public String name() {
        return name;
    }

    public void put(String key, byte[] bytes, String contentType, String cacheControl) {
        try {
            s3.putObject(put(key, contentType, cacheControl), RequestBody.fromBytes(bytes));
        } catch (RuntimeException e) {
            throw failed("写入", key, e);
        }
    }

    public void put(String key, Path file, String contentType, String cacheControl) {
        try {
            s3.putObject(put(key, contentType, cacheControl), RequestBody.fromFile(file));
        } catch (RuntimeException e) {
            throw failed("写入", key, e);
        }
    }

    private PutObjectRequest put(String key, String contentType, String cacheControl) {
        return PutObjectRequest.builder().bucket(name).key(key).contentType(contentType).cacheControl(cacheControl)
                .build();
    }

    /** The object's bytes, or empty when there is none. */
    public Optional<byte[]> bytes(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(GetObjectRequest.builder().bucket(name).key(key).build()).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            if (notFound(e)) {
                return Optional.empty();
            }
            throw failed("读取", key, e);
        }
    }

    /**
     * Copies the object to a local file (through a temporary file beside it, so the file is whole or absent);
     * false when there is no such object.
     */
    public boolean download(String key, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".download-", ".tmp");
            try (InputStream in = s3.getObject(GetObjectRequest.builder().bucket(name).key(key).build())) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                return true;
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (NoSuchKeyException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("无法从存储桶 " + name + " 读取 " + key, e);
        } catch (RuntimeException e) {
            if (notFound(e)) {
                return false;
            }
            throw failed("读取", key, e);
        }
    }

    public void delete(String key) {
        try {
            s3.deleteObject(DeleteObjectRequest.builder().bucket(name).key(key).build());
        } catch (RuntimeException e) {
            throw failed("删除", key, e);
        }
    }

    /** Every object whose key starts with the prefix, with its tag, size and time. */
    public Map<String, Info> list(String prefix) {
        Map<String, Info> found = new HashMap<>();
        try {
            for (S3Object o : s3.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(name)
                    .prefix(prefix.isEmpty() ? null : prefix).build()).contents()) {
                found.put(o.key(), new Info(unquoted(o.eTag()), o.size(), o.lastModified().toEpochMilli()));
            }
        } catch (RuntimeException e) {
            throw failed("列出", prefix + "*", e);
        }
        return found;
    }

    private static String unquoted(String etag) {
        return etag == null ? "" : etag.replace("\"", "");
    }

    private static boolean notFound(RuntimeException e) {
        return e instanceof S3Exception s && s.statusCode() == 404;
    }

    private UncheckedIOException failed(String what, String key, RuntimeException e) {
        return new UncheckedIOException("无法在存储桶 " + name + " 中" + what + " " + key + "：" + e.getMessage(),
                new IOException(e));
    }
}
