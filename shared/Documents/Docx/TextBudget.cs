namespace MockInterview.Documents.Docx;

/// <summary>How many characters of text are still wanted from a document, shared by all its parts, so that a small
/// archive whose parts each stay under the per-part limit cannot add up to tens of millions of characters.</summary>
internal sealed class TextBudget(long characters)
{
    private long remaining = characters;

    /// <summary>True once more text was offered than the budget allows; reading should stop.</summary>
    public bool Exhausted { get; private set; }

    /// <summary>Counts <paramref name="length"/> characters; false (and <see cref="Exhausted"/>) once past the budget.</summary>
    public bool Take(int length)
    {
        remaining -= length;
        Exhausted |= remaining < 0;
        return !Exhausted;
    }
}
