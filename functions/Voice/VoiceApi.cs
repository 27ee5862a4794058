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

    public static async Task<IResult> Synthesize(
        SynthesizeRequest request, HttpContext context, SpeechClient speech, IFileStore files, IOptions<SpeechClientOptions> options, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            return CodedProblems.Create(StatusCodes.Status400BadRequest, "textEmpty", "Send the text to speak as 'text'.");
        }

        var outcome = await speech.SynthesizeAsync(request.Text, request.Voice, speech.SynthesizeDeadline, cancellationToken);
        return outcome is { Kind: SpeechOutcomeKind.Succeeded, Value: { } spoken }
            ? await AudioResults.ServeAsync(context, files, spoken, immutable: false, cancellationToken)
            : VoiceProblems.From(outcome, context.Response, options.Value.RetryAfterSeconds);
    }

    public static Ok<VoicesView> GetVoices(ISpeechSynthesis synthesis) =>
        TypedResults.Ok(new VoicesView(synthesis.Voices, synthesis.Voices.Count > 0 ? synthesis.Voices[0] : ""));
}
