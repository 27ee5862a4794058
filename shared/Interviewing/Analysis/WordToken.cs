namespace MockInterview.Interviewing.Analysis;

/// <summary>A word of a text: lower-cased form, its stem, and where it sits in the original (for verbatim quotes).</summary>
internal readonly record struct WordToken(string Lower, string Stem, int Start, int Length);
