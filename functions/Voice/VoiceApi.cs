using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MockInterview.Functions.Resumes;
using MockInterview.Speech.Client;
using MockInterview.Speech.Synthesis;
using MockInterview.Storage.Files;

namespace MockInterview.Functions.Voice;

/// <summary>The speech endpoints under <c>/api/voice</c> (see docs/voice.md): transcribe, synthesise, the voice presets.</summary>
internal static class VoiceApi
{
    /// <summary>Maps the voice endpoints and the interview's voice endpoints.</summary>
    public static IEndpointRouteBuilder MapVoiceApi(this IEndpointRouteBuilder app)
    {
        var maxBytes = app.ServiceProvider.GetRequiredService<IOptions<SpeechClientOptions>>().Value.MaxUploadBytes;
        var api = app.MapGroup("/api/voice").WithTags("Voice").RequireAuthorization();
        api.MapPost("/transcribe", Transcribe).WithName("TranscribeAudio")
            .WithSummary("Speech to text: multipart/form-data with one part named 'audio' (WAV, WebM/Opus, OGG or MP3); returns words with timings and speech analytics.")
            .WithMetadata(new UploadSizeLimit(ResumeUploadReader.MaxRequestBytes(maxBytes)));
        api.MapPost("/synthesize", Synthesize).WithName("SynthesizeSpeech")
            .WithSummary("Text to speech: {text, voice} → audio/wav (default) or audio/ogg, with Content-Length and X-Audio-Duration.")
            .Produces(StatusCodes.Status200OK, contentType: AudioNegotiation.Wav);
        api.MapGet("/voices", GetVoices).WithName("GetVoices").WithSummary("The voice presets; the first is the default.");
        app.MapInterviewVoiceApi(maxBytes);
        return app;
    }

    public static async Task<Results<Ok<TranscriptView>, ProblemHttpResult>> Transcribe(
        HttpContext context, SpeechClient speech, IOptions<SpeechClientOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        var (upload, problem) = await VoiceUploads.ReadAsync(context.Request, options, time, cancellationToken);
        if (upload is null)
        {
            return problem!;
        }

        using var audio = upload.Audio.Content;
        var outcome = await speech.TranscribeAsync(audio, endOfTurnSilenceSeconds: null, speech.TranscribeDeadline, cancellationToken);
        return outcome is { Kind: SpeechOutcomeKind.Succeeded, Value: { } transcript }
            ? TypedResults.Ok(TranscriptView.From(transcript))
            : VoiceProblems.From(outcome, context.Response, options.Value.RetryAfterSeconds);
    }

    /// <remarks>Only question audio is worth keeping. Text a user sends here is spoken for this response alone: audio
    /// the worker made for it is deleted once the response has been sent (or abandoned), so that nobody can fill the
    /// file store with text of their choosing or have it kept. Audio that was already stored (a question's, a cache
    /// hit) is served and left alone. A client that refuses WAV gets the compressed copy, made before the answer.</remarks>
    public static async Task<IResult> Synthesize(
        SynthesizeRequest request, HttpContext context, SpeechClient speech, IFileStore files, IOptions<SpeechClientOptions> options,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return CodedProblems.Create(StatusCodes.Status400BadRequest, "textEmpty", "Send the text to speak as 'text'.");
        }

        // Audio spoken here is deleted once served, so a client that refuses WAV could never have the compressed copy
        // encoded after it: the worker makes that copy before it answers.
        var compressedFirst = !AudioNegotiation.AcceptsWav(context.Request.Headers.Accept);
        var outcome = await speech.SynthesizeAsync(request.Text, request.Voice, speech.SynthesizeDeadline, compressedFirst, cancellationToken);
        if (outcome is not { Kind: SpeechOutcomeKind.Succeeded, Value: { } spoken })
        {
            return VoiceProblems.From(outcome, context.Response, options.Value.RetryAfterSeconds);
        }

        if (!spoken.FromCache)
        {
            // Runs when the response is complete, also when the client went away or was refused (406).
            var logger = loggers.CreateLogger(typeof(VoiceApi).FullName!);
            context.Response.OnCompleted(() => DeleteSpokenAsync(files, spoken, logger));
        }

        return await AudioResults.ServeAsync(context, files, spoken, immutable: false, cancellationToken);
    }

    private static async Task DeleteSpokenAsync(IFileStore files, SynthesizedSpeech spoken, ILogger logger)
    {
        // The WAV first: a compressed copy still being encoded is deleted by its encoder when it finds the WAV gone, or
        // here when it was saved before this runs.
        foreach (var key in new[] { spoken.WavKey, spoken.CompressedKey ?? spoken.PendingCompressedKey })
        {
            if (key is null)
            {
                continue;
            }

            try
            {
                await files.DeleteAsync(key, CancellationToken.None);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(ex, "Synthesised audio {Key} could not be deleted after it was served.", key);
            }
        }
    }

    public static Ok<VoicesView> GetVoices(ISpeechSynthesis synthesis) =>
        TypedResults.Ok(new VoicesView(synthesis.Voices, synthesis.Voices.Count > 0 ? synthesis.Voices[0] : ""));
}
