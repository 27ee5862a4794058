using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MockInterview.Functions.Auth;
using MockInterview.Functions.Resumes;
using MockInterview.Interviews;
using MockInterview.Speech.Client;
using MockInterview.Speech.Recognition;

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

    /// <summary>The form field of an answer sent in pieces: the tokens of pieces 0..N-1, in order, joined by commas
    /// (the audio is then the answer's tail).</summary>
    public const string PiecesField = "pieces";

    /// <summary>The longest <see cref="PiecesField"/>: room for <see cref="AnswerPieceTokens.MaxPieces"/> tokens of the
    /// longest pieces (a token is about 0.2 KiB plus some 40 characters a word; a 15-second piece has about 45 words).</summary>
    public const int MaxPiecesFieldChars = 256 * 1024;

    /// <summary>Added to the transcribe deadline for how long an answer in transcription holds its question: the time to
    /// store and queue the audio and to record the answer.</summary>
    private static readonly TimeSpan TranscriptMargin = TimeSpan.FromSeconds(5);

    /// <summary>Maps the endpoints under <c>/api/interviews/{id}</c>.</summary>
    public static IEndpointRouteBuilder MapInterviewVoiceApi(this IEndpointRouteBuilder app, long maxAudioBytes)
    {
        var api = app.MapGroup("/api/interviews/{id}").WithTags("Interviews", "Voice").RequireAuthorization();
        api.MapPost("/answers/audio", SubmitSpokenAnswer).WithName("SubmitSpokenAnswer")
            .WithSummary("Answer the current question by voice: multipart/form-data with 'audio', 'questionId' and optionally 'endOfTurn' (client|server) or 'pieces' (the tokens of the pieces sent before; 'audio' is then the tail); 503 with textMode when voice is down.")
            .WithMetadata(new UploadSizeLimit(AudioUploadReader.MaxRequestBytes(maxAudioBytes, MaxPiecesFieldChars)));
        api.MapPost("/answers/audio/pieces", AnswerPiecesApi.SubmitAnswerPiece).WithName("SubmitAnswerPiece")
            .WithSummary("A piece of the spoken answer to the current question, transcribed at once: multipart/form-data with 'audio', 'questionId' and 'piece' (0..63); answers the words heard and a token for the final request.")
            .WithMetadata(new UploadSizeLimit(AudioUploadReader.MaxRequestBytes(maxAudioBytes)));
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
        AnswerPieceTokens tokens,
        IOptions<SpeechClientOptions> options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var owner = CallerIds.Of(user);
        var timing = new ServerTiming(time);
        var (upload, problem) = await VoiceUploads.ReadAsync(context.Request, options, time, (PiecesField, MaxPiecesFieldChars), cancellationToken);
        if (upload is null)
        {
            return problem!;
        }

        using var audio = upload.Audio.Content;
        timing.Lap("upload");
        if (!upload.Fields.TryGetValue(QuestionIdField, out var questionId) || string.IsNullOrWhiteSpace(questionId))
        {
            return SpokenAnswerSteps.MissingQuestionId();
        }

        if (!TryReadEndOfTurn(upload.Fields, out var serverEndsTurn))
        {
            return CodedProblems.Create(StatusCodes.Status400BadRequest, "badEndOfTurn", $"The form field '{EndOfTurnField}' is 'client' (the default) or 'server'.");
        }

        var pieces = new List<Transcript>();
        if (upload.Fields.TryGetValue(PiecesField, out var piecesField) && !string.IsNullOrWhiteSpace(piecesField))
        {
            if (serverEndsTurn)
            {
                return CodedProblems.Create(StatusCodes.Status400BadRequest, "badEndOfTurn", $"An answer sent in pieces is ended by the client: send '{EndOfTurnField}' 'client' or none with '{PiecesField}'.");
            }

            if (ReadPieces(tokens, owner, id, questionId, piecesField, pieces) is { } badPieces)
            {
                return badPieces;
            }
        }

        var modes = new InterviewVoiceModes(interviews, options.Value, context.Response);
        var (view, refused) = await SpokenAnswerSteps.OpenAsync(owner, id, questionId, interviews, speech, modes, cancellationToken);
        if (view is null)
        {
            return refused!;
        }

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
        // The tail of an answer sent in pieces may be the silence before the client's submit.
        var outcome = await speech.TranscribeAsync(
            audio, InterviewVoiceModes.EndOfTurnSilence(view, serverEndsTurn), speech.TranscribeDeadline, allowSilence: pieces.Count > 0, cancellationToken);
        if (await SpokenAnswerSteps.HeardAsync(outcome, view, modes, timing, options.Value, context.Response, cancellationToken) is { } notHeard)
        {
            return notHeard;
        }

        var transcript = pieces.Count == 0 ? outcome.Value! : AnswerPieceMerge.Merge(pieces, outcome.Value!);
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

    /// <summary>Reads the tokens of <paramref name="field"/> into <paramref name="pieces"/>; the 400 <c>badPieces</c>
    /// problem when one is unreadable, not this caller's, interview's or question's, out of order, or too many.</summary>
    private static ProblemHttpResult? ReadPieces(AnswerPieceTokens tokens, string owner, string id, string questionId, string field, List<Transcript> pieces)
    {
        var given = field.Split(',', StringSplitOptions.TrimEntries);
        if (given.Length > AnswerPieceTokens.MaxPieces)
        {
            return BadPieces($"An answer has at most {AnswerPieceTokens.MaxPieces} pieces; this one has {given.Length}. Send the whole recording without '{PiecesField}'.");
        }

        for (var i = 0; i < given.Length; i++)
        {
            if (!tokens.TryRead(owner, id, questionId, i, given[i], out var piece))
            {
                return BadPieces($"Token {i + 1} of '{PiecesField}' is not the token of piece {i} of this answer (unreadable, expired, of another answer, or out of order). Send the whole recording without '{PiecesField}'.");
            }

            pieces.Add(piece);
        }

        return null;
    }

    private static ProblemHttpResult BadPieces(string detail) => CodedProblems.Create(StatusCodes.Status400BadRequest, "badPieces", detail);

    private static bool TryReadEndOfTurn(IReadOnlyDictionary<string, string> fields, out bool serverEndsTurn)
    {
        var value = fields.TryGetValue(EndOfTurnField, out var given) ? given.Trim() : string.Empty;
        serverEndsTurn = value.Equals("server", StringComparison.OrdinalIgnoreCase);
        return serverEndsTurn || value.Length == 0 || value.Equals("client", StringComparison.OrdinalIgnoreCase);
    }
}
