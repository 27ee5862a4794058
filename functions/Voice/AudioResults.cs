using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using MockInterview.Functions.Resumes;
using MockInterview.Speech.Synthesis;
using MockInterview.Storage.Files;

namespace MockInterview.Functions.Voice;

/// <summary>Answers with stored spoken audio: the representation the client accepts, its length and duration.</summary>
internal static class AudioResults
{
    /// <summary>The header that carries the audio's length in seconds.</summary>
    public const string DurationHeader = "X-Audio-Duration";

    /// <summary>The header that says whether the audio came from the question-audio cache ("hit") or was just spoken ("miss").</summary>
    public const string CacheHeader = "X-Audio-Cache";

    /// <summary>The audio of <paramref name="speech"/>. With <paramref name="immutable"/> (question audio, which never
    /// changes) it carries an ETag (the representation's key: the WAV's and the Ogg's differ) and long-lived caching,
    /// and a matching <c>If-None-Match</c> gets 304; a WAV served to a client that prefers the compressed copy, which is
    /// still being encoded, is cached only with revalidation, so that the client moves to the copy once it exists.</summary>
    public static async Task<IResult> ServeAsync(HttpContext context, IFileStore files, SynthesizedSpeech speech, bool immutable, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (AudioNegotiation.Choose(request.Headers.Accept, speech) is not { } chosen)
        {
            var offered = speech.CompressedMediaType is { } compressed ? $"{AudioNegotiation.Wav} or {compressed}" : AudioNegotiation.Wav;
            var later = speech.CompressedKey is null ? " (a compressed copy may follow shortly)" : "";
            return CodedProblems.Create(StatusCodes.Status406NotAcceptable, "notAcceptable", $"The audio is available as {offered}{later}; send an Accept header that allows one.");
        }

        var response = context.Response;
        response.Headers[DurationHeader] = speech.DurationSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        response.Headers[CacheHeader] = speech.FromCache ? "hit" : "miss";
        response.Headers.Vary = HeaderNames.Accept;
        EntityTagHeaderValue? etag = null;
        if (immutable)
        {
            // The keys are derived from the text, voice and engine, so a key names one audio for ever.
            etag = new EntityTagHeaderValue($"\"{chosen.Key}\"");

            // The WAV given in place of a compressed copy not encoded yet is revalidated: once the copy exists the ETag
            // (its key) no longer matches and the client gets it. Every other representation never changes.
            var provisional = speech.CompressedKey is null && chosen.MediaType == AudioNegotiation.Wav && AudioNegotiation.PrefersCompressed(request.Headers.Accept);
            response.Headers.CacheControl = provisional ? "private, no-cache" : "private, max-age=31536000, immutable";
            if (EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags) && tags.Any(t => t.Compare(etag, useStrongComparison: false) || t.Tag == "*"))
            {
                response.Headers.ETag = etag.ToString();
                return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            }
        }
        else
        {
            response.Headers.CacheControl = "no-store";
        }

        var stream = await files.OpenReadAsync(chosen.Key, cancellationToken);
        if (stream is null)
        {
            // Deleted between the lookup and now (a cache clean-up): the caller asks again and it is spoken anew.
            return CodedProblems.Create(StatusCodes.Status503ServiceUnavailable, "audioGone", "The audio was removed while it was being served; ask again.");
        }

        return TypedResults.Stream(stream, chosen.MediaType, entityTag: etag);
    }
}
