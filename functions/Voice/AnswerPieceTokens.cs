using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using MockInterview.Speech.Recognition;

namespace MockInterview.Functions.Voice;

/// <summary>The tokens of answer pieces: a piece's index and transcript, encrypted and signed with ASP.NET Core Data
/// Protection for one caller, interview and question, so that the server keeps nothing for a piece and any app instance
/// sharing the key ring can take the final request.</summary>
/// <remarks>The expiry is written inside the token and checked on the app's <see cref="TimeProvider"/> (rather than the
/// time-limited protector's wall clock), so it follows the same clock as the interview's deadlines.</remarks>
internal sealed class AnswerPieceTokens(IDataProtectionProvider protection, TimeProvider time)
{
    /// <summary>The Data Protection purpose of piece tokens; the caller, interview and question are sub-purposes.</summary>
    public const string Purpose = "MockInterview.Voice.AnswerPiece.v1";

    /// <summary>The most pieces one answer may have.</summary>
    public const int MaxPieces = 64;

    /// <summary>How long a piece's token can be used: longer than any answer time limit, short enough that a token
    /// copied from an abandoned answer is soon worthless.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    /// <summary>The token of piece <paramref name="piece"/> of the answer to <paramref name="questionId"/>.</summary>
    public string Issue(string owner, string interviewId, string questionId, int piece, Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var payload = AnswerPiecePayload.Write(piece, time.GetUtcNow() + Lifetime, transcript);
        return Protector(owner, interviewId, questionId).Protect(payload);
    }

    /// <summary>Reads <paramref name="token"/> as piece <paramref name="piece"/> of the answer to
    /// <paramref name="questionId"/> by <paramref name="owner"/>; false when it is garbled, forged, expired, of another
    /// caller, interview or question, or of another index.</summary>
    public bool TryRead(string owner, string interviewId, string questionId, int piece, string token, out Transcript transcript)
    {
        transcript = null!;
        string payload;
        try
        {
            payload = Protector(owner, interviewId, questionId).Unprotect(token);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return false;
        }

        if (!AnswerPiecePayload.TryRead(payload, out var index, out var expiresAt, out var read) || index != piece || time.GetUtcNow() >= expiresAt)
        {
            return false;
        }

        transcript = read;
        return true;
    }

    private IDataProtector Protector(string owner, string interviewId, string questionId) =>
        protection.CreateProtector(Purpose, owner, interviewId, questionId);
}
