namespace MockInterview.Resumes.Skills;

/// <summary>
/// The skills the parsers recognise, each with its category and aliases (k8s → Kubernetes, JS → JavaScript,
/// Postgres → PostgreSQL). Immutable and thread-safe; <see cref="Default"/> is the embedded taxonomy.
/// </summary>
public sealed class SkillTaxonomy
{
    private static readonly Lazy<SkillTaxonomy> Embedded = new(SkillTaxonomyLoader.LoadEmbedded);

    private readonly Dictionary<string, Skill> byForm;
    private readonly Dictionary<string, Skill> byName;

    internal SkillTaxonomy(IReadOnlyList<Skill> skills, IReadOnlyList<SkillForm> forms)
    {
        Skills = skills;
        Forms = forms;
        byName = skills.ToDictionary(s => s.Name, StringComparer.Ordinal);
        byForm = new Dictionary<string, Skill>(StringComparer.Ordinal);
        foreach (var form in forms)
        {
            byForm[form.Key] = form.Skill;
        }
    }

    /// <summary>The taxonomy shipped with this assembly, loaded and validated once per process.</summary>
    public static SkillTaxonomy Default => Embedded.Value;

    /// <summary>All skills, in the order of the data file.</summary>
    public IReadOnlyList<Skill> Skills { get; }

    /// <summary>Every written form (names and aliases) with its matching rule.</summary>
    internal IReadOnlyList<SkillForm> Forms { get; }

    /// <summary>Loads and validates a taxonomy from JSON in the embedded file's format.</summary>
    /// <exception cref="SkillTaxonomyException">The JSON is invalid, a name is empty or a form is claimed twice.</exception>
    public static SkillTaxonomy Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return SkillTaxonomyLoader.Load(json);
    }

    /// <summary>The skill with exactly this canonical name, or null.</summary>
    public Skill? Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return byName.GetValueOrDefault(name);
    }

    /// <summary>Finds a skill by its canonical name or any alias, ignoring case and spacing ("k8s", "postgres").</summary>
    /// <returns>The skill, or null when the text names no skill.</returns>
    public Skill? Find(string nameOrAlias)
    {
        ArgumentNullException.ThrowIfNull(nameOrAlias);
        var key = string.Join(' ', SkillTokenizer.Tokenize(nameOrAlias).Select(t => t.Value));
        return byForm.GetValueOrDefault(key);
    }
}
