using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using MockInterview.Functions.Auth;
using MockInterview.Functions.Resumes;
using MockInterview.Interviews;
using MockInterview.Speech.Client;

namespace MockInterview.Functions.Voice;

/// <summary><c>POST /api/interviews/{id}/answers/audio/pieces</c>: a piece of a spoken answer, cut at a pause while the
/// candidate speaks and transcribed at once, so that only the tail is left when the answer ends (see docs/voice.md,
/// "Answers in pieces"). Nothing is kept for a piece: the audio is deleted once transcribed and the returned token
/// carries the words to the final request.</summary>
internal static class AnswerPiecesApi
{
    /// <summary>The form field of the piece's 0-based index in the answer.</summary>
    public const string PieceField = "piece";

    public static async Task<Results<Ok<AnswerPieceHeard>, ProblemHttpResult>> SubmitAnswerPiece(
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
        var (upload, problem) = await VoiceUploads.ReadAsync(context.Request, options, time, cancellationToken);
        if (upload is null)
        {
            return problem!;
        }

        using var audio = upload.Audio.Content;
        timing.Lap("upload");
        if (!upload.Fields.TryGetValue(InterviewVoiceApi.QuestionIdField, out var questionId) || string.IsNullOrWhiteSpace(questionId))
        {
            return SpokenAnswerSteps.MissingQuestionId();
        }

        if (!TryReadPiece(upload.Fields, out var piece))
        {
            return CodedProblems.Create(
                StatusCodes.Status400BadRequest, "badPiece", $"The form field '{PieceField}' is the piece's index in the answer, an integer from 0 to {AnswerPieceTokens.MaxPieces - 1}.");
        }

        var modes = new InterviewVoiceModes(interviews, options.Value, context.Response);
        var (view, refused) = await SpokenAnswerSteps.OpenAsync(owner, id, questionId, interviews, speech, modes, cancellationToken);
        if (view is null)
        {
            return refused!;
        }

        timing.Lap("start");
        // A piece may hold only a pause (the thinking before the first word, a long breath): that is no error.
        var outcome = await speech.TranscribeAsync(audio, endOfTurnSilenceSeconds: null, speech.TranscribeDeadline, allowSilence: true, cancellationToken);
        if (await SpokenAnswerSteps.HeardAsync(outcome, view, modes, timing, options.Value, context.Response, cancellationToken) is { } notHeard)
        {
            return notHeard;
        }

        var transcript = outcome.Value!;
        var token = tokens.Issue(owner, id, questionId, piece, transcript);
        timing.WriteTo(context.Response);
        return TypedResults.Ok(new AnswerPieceHeard(questionId, piece, transcript.Text, transcript.Words, transcript.AudioSeconds, token));
    }

    private static bool TryReadPiece(IReadOnlyDictionary<string, string> fields, out int piece)
    {
        piece = -1;
        return fields.TryGetValue(PieceField, out var value)
            && int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out piece)
            && piece < AnswerPieceTokens.MaxPieces;
    }
}
