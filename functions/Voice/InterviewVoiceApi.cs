using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MockInterview.Functions.Auth;
using MockInterview.Functions.Resumes;
using MockInterview.Interviews;
using MockInterview.Speech.Client;
using MockInterview.Storage.Files;

namespace MockInterview.Functions.Voice;

/// <summary>The voice endpoints of an interview (see docs/voice.md): spoken answers, "speaking now", question audio.
/// When no speech worker answers in time the interview switches to text mode and the caller is told to type; the
/// next voice request that finds a worker alive switches it back.</summary>
internal static class InterviewVoiceApi
{
    /// <summary>The form field of the question a spoken answer answers.</summary>
    public const string QuestionIdField = "questionId";

    /// <summary>The form field that says who ended the recording: <c>client</c> (the default: the client's submit or its
    /// own silence detection did, and the server keeps all of it) or <c>server</c> (the client has no detection of its
    /// own: the answer ends at the first silence at least the interview's end-of-turn silence long).</summary>
    public const string EndOfTurnField = "endOfTurn";

    /// <summary>Added to the transcribe deadline for how long an answer in transcription holds its question: the time to
    /// store and queue the audio and to record the answer.</summary>
    private static readonly TimeSpan TranscriptMargin = TimeSpan.FromSeconds(5);

    /// <summary>Maps the endpoints under <c>/api/interviews/{id}</c>.</summary>
    public static IEndpointRouteBuilder MapInterviewVoiceApi(this IEndpointRouteBuilder app, long maxAudioBytes)
    {
        var api = app.MapGroup("/api/interviews/{id}").WithTags("Interviews", "Voice").RequireAuthorization();
        api.MapPost("/answers/audio", SubmitSpokenAnswer).WithName("SubmitSpokenAnswer")
            .WithSummary("Answer the current question by voice: multipart/form-data with 'audio', 'questionId' and optionally 'endOfTurn' (client|server); 503 with textMode when voice is down.")
            .WithMetadata(new UploadSizeLimit(ResumeUploadReader.MaxRequestBytes(maxAudioBytes)));
        api.MapPost("/answers/speaking", ReportSpeaking).WithName("ReportSpeaking")
            .WithSummary("The candidate started answering: the answer time limit now runs instead of the thinking time.");
        api.MapGet("/questions/{questionId}/audio", QuestionAudioApi.GetQuestionAudio).WithName("GetQuestionAudio")
            .WithSummary("A question of this interview, spoken (audio/wav by default, audio/ogg when accepted); the same audio for ever, so cacheable.")
            .Produces(StatusCodes.Status200OK, contentType: AudioNegotiation.Wav);
        return app;
    }

    public static async Task<Results<Accepted<SpokenAnswerAccepted>, ProblemHttpResult>> SubmitSpokenAnswer(
        string id,
        HttpContext context,
        ClaimsPrincipal user,
        InterviewService interviews,
        SpeechClient speech,
        IOptions<SpeechClientOptions> options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var owner = CallerIds.Of(user);
        var timing = new ServerTiming(time);
        var (upload, problem) = await VoiceUploads.ReadAsync(context.Request, options, time, cancellationToken);
        if (upload is null)
        {
            return problem!;
        }

        using var audio = upload.Audio.Content;
        timing.Lap("upload");
        if (!upload.Fields.TryGetValue(QuestionIdField, out var questionId) || string.IsNullOrWhiteSpace(questionId))
        {
            return CodedProblems.Create(StatusCodes.Status400BadRequest, "missingQuestionId", $"Send the id of the question answered as the form field '{QuestionIdField}'.");
        }

        if (!TryReadEndOfTurn(upload.Fields, out var serverEndsTurn))
        {
            return CodedProblems.Create(StatusCodes.Status400BadRequest, "badEndOfTurn", $"The form field '{EndOfTurnField}' is 'client' (the default) or 'server'.");
        }

        if (await interviews.GetAsync(owner, id, cancellationToken) is not { } view)
        {
            return CodedProblems.NotFound("interview", id);
        }

        if (view.Voice is null)
        {
            // Refused before any audio is stored or transcribed: a text interview takes typed answers only.
            return CodedProblems.Create(StatusCodes.Status409Conflict, "notVoiceInterview", "This interview takes typed answers; start an interview with answerMode \"voice\" to answer by voice.");
        }

        if (view.Question?.Id != questionId)
        {
            // Refused before any audio is stored or transcribed: the answer could not be recorded anyway.
            return CodedProblems.Create(StatusCodes.Status409Conflict, "notCurrentQuestion", $"'{Shorten(questionId)}' is not the question waiting for an answer.");
        }

        var modes = new InterviewVoiceModes(interviews, options.Value, context.Response);
        if (!await speech.IsWorkerAliveAsync(cancellationToken))
        {
            return await modes.SwitchToTextAsync(view, "No speech worker is running.", cancellationToken);
        }

        // The candidate has spoken: the answer time limit applies, not the thinking time, while the audio is transcribed.
        await interviews.SpeechStartedAsync(owner, id, questionId, cancellationToken);

        // Judged when it arrived: an answer sent just before the deadline holds the question open while it is transcribed
        // (for the transcribe deadline and a margin for storing and queueing), instead of losing the race to the timer.
        var arrived = await interviews.SpokenAnswerArrivedAsync(owner, id, questionId, speech.TranscribeDeadline + TranscriptMargin, cancellationToken);
        if (arrived is not { Kind: InterviewResultKind.Ok, Value: { } arrival })
        {
            return arrived.Kind == InterviewResultKind.NotFound
                ? CodedProblems.NotFound("interview", id)
                : CodedProblems.Create(StatusCodes.Status409Conflict, "answerRefused", arrived.Detail ?? "The answer was not accepted.");
        }

        timing.Lap("start");
        var outcome = await speech.TranscribeAsync(audio, InterviewVoiceModes.EndOfTurnSilence(view, serverEndsTurn), speech.TranscribeDeadline, cancellationToken);
        var speechMilliseconds = timing.Lap("speech");
        if (outcome.ProcessingMilliseconds is { } stt)
        {
            // The worker's own share of the speech phase; the rest is storing, queueing and the result's way back.
            timing.Add("stt", stt);
            timing.Add("queue", Math.Max(0, speechMilliseconds - stt));
        }

        if (outcome.Kind is SpeechOutcomeKind.NoWorker or SpeechOutcomeKind.Failed)
        {
            return await modes.SwitchToTextAsync(view, outcome.Kind == SpeechOutcomeKind.Failed ? $"The speech worker failed ({outcome.Code})." : "No speech worker answered in time.", cancellationToken);
        }

        if (outcome is not { Kind: SpeechOutcomeKind.Succeeded, Value: { } transcript })
        {
            return VoiceProblems.From(outcome, context.Response, options.Value.RetryAfterSeconds);
        }

        await modes.ResumeVoiceAsync(view, cancellationToken);
        var spoken = TranscriptView.SpokenAnswerOf(transcript);
        var result = await interviews.SubmitSpokenAnswerAsync(owner, id, questionId, spoken, arrival, cancellationToken);
        timing.Lap("answer");
        timing.WriteTo(context.Response);
        if (result.Kind != InterviewResultKind.Ok)
        {
            return CodedProblems.Create(
                result.Kind == InterviewResultKind.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict,
                result.Kind == InterviewResultKind.NotFound ? "notFound" : "answerRefused",
                result.Detail ?? "The answer was not accepted.");
        }

        var heard = TranscriptView.From(transcript);
        return TypedResults.Accepted($"/api/interviews/{id}", new SpokenAnswerAccepted(questionId, heard, heard.Analytics));
    }

    public static async Task<Results<Accepted<AnsweringStartedAccepted>, ProblemHttpResult>> ReportSpeaking(
        string id, SpeakingRequest request, ClaimsPrincipal user, InterviewService interviews, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.QuestionId))
        {
            return CodedProblems.Create(StatusCodes.Status400BadRequest, "missingQuestionId", "Send the id of the question being answered as 'questionId'.");
        }

        var result = await interviews.SpeechStartedAsync(CallerIds.Of(user), id, request.QuestionId, cancellationToken);
        return result.Kind switch
        {
            InterviewResultKind.Ok => TypedResults.Accepted($"/api/interviews/{id}", result.Value),
            InterviewResultKind.NotFound => CodedProblems.NotFound("interview", id),
            _ => CodedProblems.Create(StatusCodes.Status409Conflict, "notCurrentQuestion", result.Detail ?? "That question is not waiting for an answer."),
        };
    }

    private static bool TryReadEndOfTurn(IReadOnlyDictionary<string, string> fields, out bool serverEndsTurn)
    {
        var value = fields.TryGetValue(EndOfTurnField, out var given) ? given.Trim() : string.Empty;
        serverEndsTurn = value.Equals("server", StringComparison.OrdinalIgnoreCase);
        return serverEndsTurn || value.Length == 0 || value.Equals("client", StringComparison.OrdinalIgnoreCase);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
