namespace MockInterview.Interviewing.Bank;

/// <summary>A bank question found by a search, with its relevance (bm25, higher is better).</summary>
internal sealed record SearchHit(BankQuestion Question, double Score);
