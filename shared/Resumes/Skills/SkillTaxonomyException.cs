namespace MockInterview.Resumes.Skills;

/// <summary>The skills taxonomy data is invalid (bad JSON, an empty name, an alias claimed by two skills).</summary>
public sealed class SkillTaxonomyException : Exception
{
    /// <summary>Creates the exception with a message that names the offending entry.</summary>
    public SkillTaxonomyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the parser's error.</summary>
    public SkillTaxonomyException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
