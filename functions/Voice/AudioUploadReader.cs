using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using MockInterview.Documents;
using MockInterview.Functions.Resumes;

namespace MockInterview.Functions.Voice;

/// <summary>Reads a <c>multipart/form-data</c> audio upload: one file part named <see cref="AudioField"/> and small
/// text fields, bounded in bytes, parts and header size like the resume upload (the same body bound,
/// <see cref="BoundedRequestStream"/>, and the same refusals).</summary>
internal static class AudioUploadReader
{
    /// <summary>The form field that carries the audio.</summary>
    public const string AudioField = "audio";

    /// <summary>The longest text field, but for the one long field an endpoint may allow.</summary>
    public const int MaxFieldChars = 256;

    private const int MaxParts = 8;

    /// <summary>The largest request body of an upload of <paramref name="maxAudioBytes"/> of audio with a long field of
    /// up to <paramref name="longFieldChars"/> characters.</summary>
    public static long MaxRequestBytes(long maxAudioBytes, int longFieldChars = 0) =>
        ResumeUploadReader.MaxRequestBytes(maxAudioBytes) + longFieldChars;

    /// <summary>Reads the upload; the audio is read up to one byte past <paramref name="maxAudioBytes"/> and no further.</summary>
    /// <exception cref="UploadRejectedException">The request is not a well-formed upload of one audio part.</exception>
    public static Task<AudioUpload> ReadAsync(HttpRequest request, long maxAudioBytes, CancellationToken cancellationToken) =>
        ReadAsync(request, maxAudioBytes, longField: null, cancellationToken);

    /// <summary>Reads the upload, allowing the field <paramref name="longField"/> (when set) up to its own length in
    /// ASCII characters (e.g. the tokens of an answer's pieces); every other field stays within
    /// <see cref="MaxFieldChars"/>.</summary>
    /// <exception cref="UploadRejectedException">The request is not a well-formed upload of one audio part.</exception>
    public static async Task<AudioUpload> ReadAsync(
        HttpRequest request, long maxAudioBytes, (string Name, int MaxChars)? longField, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            throw new UploadRejectedException(
                StatusCodes.Status415UnsupportedMediaType,
                "unsupportedMediaType",
                $"Upload the audio as multipart/form-data with one file part named '{AudioField}' (WAV, WebM/Opus, OGG or MP3).");
        }

        var boundary = HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value;
        if (string.IsNullOrWhiteSpace(boundary) || boundary.Length > 70)
        {
            throw Malformed("The Content-Type has no valid multipart boundary (1–70 characters).");
        }

        var maxRequestBytes = MaxRequestBytes(maxAudioBytes, longField?.MaxChars ?? 0);
        var body = new BoundedRequestStream(request.Body, maxRequestBytes);
        var reader = new MultipartReader(boundary, body) { HeadersCountLimit = 16, HeadersLengthLimit = 8 * 1024 };
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        UploadedFile? audio = null;
        try
        {
            for (var parts = 0; await reader.ReadNextSectionAsync(cancellationToken) is { } section; parts++)
            {
                if (parts == MaxParts)
                {
                    throw Malformed($"The upload has more than {MaxParts} parts; send the '{AudioField}' part and its fields only.");
                }

                var disposition = section.GetContentDispositionHeader();
                if (disposition is null || !disposition.IsFormDisposition() && !disposition.IsFileDisposition())
                {
                    throw Malformed("Every part needs a 'Content-Disposition: form-data; name=…' header.");
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (!string.Equals(name, AudioField, StringComparison.Ordinal))
                {
                    fields[name] = longField is { } allowed && string.Equals(name, allowed.Name, StringComparison.Ordinal)
                        ? await ReadFieldAsync(section.Body, name, allowed.MaxChars, ascii: true, cancellationToken)
                        : await ReadFieldAsync(section.Body, name, MaxFieldChars, ascii: false, cancellationToken);
                    continue;
                }

                if (audio is not null)
                {
                    throw new UploadRejectedException(
                        StatusCodes.Status400BadRequest, "tooManyFiles", $"Send one recording per upload; this one has more than one part named '{AudioField}'.");
                }

                // The file name the client sent is not read at all: the store names files by key.
                var content = await BoundedStream.ReadAtMostAsync(section.Body, maxAudioBytes + 1, cancellationToken);
                audio = new UploadedFile(null, section.ContentType, content);
                if (content.Length > maxAudioBytes)
                {
                    return new AudioUpload(audio, fields);
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw ResumeUploadReader.TooLarge(maxRequestBytes);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status408RequestTimeout)
        {
            throw new UploadRejectedException(
                StatusCodes.Status408RequestTimeout, "uploadTimedOut", "The upload stopped arriving before it was complete; send it again.");
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException && ex is not BadHttpRequestException)
        {
            throw Malformed("The multipart body is malformed or cut short; send it again as multipart/form-data.");
        }

        return audio is null
            ? throw new UploadRejectedException(
                StatusCodes.Status400BadRequest, "missingAudio", $"The upload has no part named '{AudioField}'; send the recording as that part.")
            : new AudioUpload(audio, fields);
    }

    private static async Task<string> ReadFieldAsync(Stream body, string name, int maxChars, bool ascii, CancellationToken cancellationToken)
    {
        // UTF-8 takes at most 4 bytes a character (an ASCII field one): more bytes than that cannot be a field of the allowed length.
        var maxBytes = ascii ? maxChars : maxChars * 4L;
        using var content = await BoundedStream.ReadAtMostAsync(body, maxBytes + 1, cancellationToken);
        var text = content.Length <= maxBytes ? Encoding.UTF8.GetString(content.GetBuffer(), 0, (int)content.Length) : null;
        return text is { Length: var length } && length <= maxChars
            ? text
            : throw new UploadRejectedException(
                StatusCodes.Status400BadRequest, "fieldTooLong", $"The form field '{Shorten(name)}' is longer than {maxChars:N0} characters.");
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static UploadRejectedException Malformed(string detail) => new(StatusCodes.Status400BadRequest, "malformedMultipart", detail);
}
