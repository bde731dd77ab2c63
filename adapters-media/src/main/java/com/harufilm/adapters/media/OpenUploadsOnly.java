package com.harufilm.adapters.media;

import java.io.InputStream;
import org.gaul.s3proxy.S3ErrorCode;
import org.gaul.s3proxy.S3ProxyException;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.blobstore.domain.MultipartUpload;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * Takes a part only for a multipart upload the store has open, as S3 does (404 NoSuchUpload).
 * S3Proxy's filesystem store writes a part for any upload id, an aborted one included, so a part
 * URL given out before an abort or an account deletion would otherwise still store its bytes.
 */
final class OpenUploadsOnly extends ForwardingBlobStore {

    OpenUploadsOnly(BlobStore delegate) {
        super(delegate);
    }

    @Override
    public UploadPartResponse uploadMultipartPart(MultipartUpload upload, UploadPartRequest request, InputStream body) {
        boolean open = listMultipartUploads(upload.containerName()).stream()
                .anyMatch(pending -> pending.uploadId().equals(upload.id()) && pending.key().equals(upload.blobName()));
        if (!open) {
            throw new S3ProxyException(S3ErrorCode.NO_SUCH_UPLOAD);
        }
        return super.uploadMultipartPart(upload, request, body);
    }
}
