/** Resumable uploads: S3 multipart uploads filled by the apps through presigned part URLs. */
@NullMarked
package com.harufilm.application.upload;

import org.jspecify.annotations.NullMarked;
