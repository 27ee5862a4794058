using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using MockInterview.Documents;

namespace MockInterview.Functions.Resumes;

/// <summary>Reads the one file part of a <c>multipart/form-data</c> upload, bounded in bytes, parts and header size.</summary>
internal static class ResumeUploadReader
{
    /// <summary>The name of the form field that carries the file.</summary>
    public const string FieldName = "file";

    /// <summary>Bytes allowed on top of the file for the multipart envelope (boundaries, part headers, small fields).</summary>
    public const long EnvelopeBytes = 64 * 1024;

    private const int MaxParts = 8;

    /// <summary>The largest request body an upload of a file of <paramref name="maxFileBytes"/> may have.</summary>
    public static long MaxRequestBytes(long maxFileBytes) => maxFileBytes + EnvelopeBytes;

    /// <summary>Reads the file part; the file's bytes are read up to one past <paramref name="maxFileBytes"/> and no further,
    /// so the document extractor can refuse an oversized file without the rest of it being read.</summary>
    /// <exception cref="UploadRejectedException">The request is not a well-formed upload of one file.</exception>
    public static async Task<UploadedFile> ReadAsync(HttpRequest request, long maxFileBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw new UploadRejectedException(
                StatusCodes.Status415UnsupportedMediaType,
                "unsupportedMediaType",
                $"Upload the resume as multipart/form-data with one file part named '{FieldName}' (PDF, DOCX, TXT or MD).");
        }

        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary) || boundary.Length > 70)
        {
            throw Malformed("The Content-Type has no valid multipart boundary (1–70 characters).");
        }

        var body = new BoundedRequestStream(request.Body, MaxRequestBytes(maxFileBytes));
        var reader = new MultipartReader(boundary, body) { HeadersCountLimit = 16, HeadersLengthLimit = 8 * 1024 };
        UploadedFile? file = null;
        try
        {
            for (var parts = 0; await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section; parts++)
            {
                if (parts == MaxParts)
                {
                    throw Malformed($"The upload has more than {MaxParts} parts; send one part named '{FieldName}'.");
                }

                var disposition = section.GetContentDispositionHeader();
                if (disposition is null || !disposition.IsFormDisposition() && !disposition.IsFileDisposition())
                {
                    throw Malformed("Every part needs a 'Content-Disposition: form-data; name=…' header.");
                }

                if (!string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, FieldName, StringComparison.Ordinal))
                {
                    // Other fields are allowed and ignored; their bytes count against the body limit.
                    await section.Body.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (file is not null)
                {
                    throw new UploadRejectedException(
                        StatusCodes.Status400BadRequest, "tooManyFiles", $"Send one file per upload; this one has more than one part named '{FieldName}'.");
                }

                var name = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                var content = await BoundedStream.ReadAtMostAsync(section.Body, maxFileBytes + 1, cancellationToken).ConfigureAwait(false);
                file = new UploadedFile(name, section.ContentType, content);
                if (content.Length > maxFileBytes)
                {
                    // Too large: stop reading here; the extractor gives the verdict.
                    return file;
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own body limit (set to the same size) tripped before ours.
            throw TooLarge(MaxRequestBytes(maxFileBytes));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status408RequestTimeout)
        {
            // Kestrel's minimum data rate: the body stopped arriving.
            throw new UploadRejectedException(
                StatusCodes.Status408RequestTimeout, "uploadTimedOut", "The upload stopped arriving before it was complete; send it again.");
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException && ex is not BadHttpRequestException)
        {
            throw Malformed("The multipart body is malformed or cut short; send it again as multipart/form-data.");
        }

        return file ?? throw new UploadRejectedException(
            StatusCodes.Status400BadRequest, "missingFile", $"The upload has no part named '{FieldName}'; send the resume as that part.");
    }

    /// <summary>The rejection of a body over <paramref name="limit"/> bytes.</summary>
    public static UploadRejectedException TooLarge(long limit) => new(
        StatusCodes.Status413PayloadTooLarge, "tooLarge", $"The upload is larger than the limit of {limit:N0} bytes (the file itself may be at most {limit - EnvelopeBytes:N0}).");

    private static UploadRejectedException Malformed(string detail) => new(StatusCodes.Status400BadRequest, "malformedMultipart", detail);
}
