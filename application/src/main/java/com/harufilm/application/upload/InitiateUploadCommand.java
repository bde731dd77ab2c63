package com.harufilm.application.upload;

import com.harufilm.domain.error.InvalidRequest;
import com.harufilm.domain.error.MissingUploadData;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A phone announcing the file it is about to upload for a day; {@code partSize} is its proposal, if any. */
public record InitiateUploadCommand(
        LocalDate uploadDate, String fileName, String contentType, long fileSize, @Nullable Integer partSize) {

    public static final int MAX_FILE_NAME_LENGTH = 255;

    /** From a request body whose members may be missing: each missing one is MISSING_UPLOAD_DATA. */
    public static InitiateUploadCommand of(@Nullable LocalDate uploadDate, @Nullable String fileName, @Nullable String contentType,
                                           @Nullable Long fileSize, @Nullable Integer partSize) {
        if (uploadDate == null || fileName == null || fileName.isBlank() || contentType == null || contentType.isBlank()
                || fileSize == null) {
            throw new MissingUploadData("uploadDate, fileName, contentType and fileSize are required");
        }
        return new InitiateUploadCommand(uploadDate, fileName, contentType, fileSize, partSize);
    }

    public InitiateUploadCommand {
        if (fileName.length() > MAX_FILE_NAME_LENGTH) {
            throw new InvalidRequest("fileName", "fileName must be at most " + MAX_FILE_NAME_LENGTH + " characters");
        }
    }
}
