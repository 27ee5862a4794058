namespace MockInterview.Resumes.Skills;

/// <summary>The taxonomy file as stored: categories, each with its skills.</summary>
internal sealed class SkillTaxonomyJson
{
    public int Version { get; set; }

    public string? Notes { get; set; }

    public List<SkillCategoryJson>? Categories { get; set; }
}

/// <summary>One category of the taxonomy file.</summary>
internal sealed class SkillCategoryJson
{
    public string? Category { get; set; }

    public List<SkillJson>? Skills { get; set; }
}

/// <summary>One skill of the taxonomy file.</summary>
internal sealed class SkillJson
{
    public string? Name { get; set; }

    public List<string>? Aliases { get; set; }

    public List<string>? ExactCase { get; set; }

    public List<string>? NeedsContext { get; set; }

    public List<string>? Cues { get; set; }

    public List<string>? Implies { get; set; }
}
