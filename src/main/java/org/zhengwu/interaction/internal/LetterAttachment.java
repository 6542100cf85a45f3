package org.zhengwu.interaction.internal;

/** An attachment's row: the writer's file name and the stored file with the type found in its bytes. */
public record LetterAttachment(long id, long letterId, int seqNo, String fileName, String storedName,
                               String contentType, long sizeBytes) {
}
