using Microsoft.AspNetCore.Http.Metadata;

namespace MockInterview.Functions.Resumes;

/// <summary>Endpoint metadata: this endpoint's request bodies may be up to <see cref="MaxRequestBodySize"/> bytes, and
/// the endpoint bounds its own reading (the app-wide JSON body limit does not apply to it).</summary>
internal sealed record UploadSizeLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
