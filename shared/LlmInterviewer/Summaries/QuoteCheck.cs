using MockInterview.Interviewing;

namespace MockInterview.LlmInterviewer.Summaries;

/// <summary>Finds a model's quote in the candidate's own answers, verbatim; a quote found nowhere is invented.</summary>
internal sealed class QuoteCheck(IReadOnlyList<AnsweredTurn> turns)
{
    public const int MaxQuoteLength = 300;

    /// <summary>The quote as it appears in an answer and that answer's question id (the one named first, else any),
    /// or null when no answer contains it. Surrounding quote marks and ellipses the model added are not part of it.</summary>
    public (string Quote, string QuestionId)? Find(string? quote, string? questionId, Func<AnsweredTurn, bool> usable)
    {
        var trimmed = Trim(quote);
        if (trimmed.Length == 0 || trimmed.Length > MaxQuoteLength || trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2)
        {
            return null;
        }

        var answered = turns.Where(t => !t.TimedOut && !string.IsNullOrWhiteSpace(t.Answer) && usable(t)).ToList();
        var named = answered.Where(t => t.Question.Id == questionId);
        foreach (var turn in named.Concat(answered))
        {
            if (turn.Answer!.Contains(trimmed, StringComparison.Ordinal))
            {
                return (trimmed, turn.Question.Id);
            }
        }

        return null;
    }

    private static string Trim(string? quote) =>
        (quote ?? string.Empty).Trim().Trim('"', '\'', '“', '”', '‘', '’', '«', '»').Trim()
            .TrimStart('.', '…').TrimEnd('.', '…').Trim();
}
