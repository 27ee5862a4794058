using System.Text.Json;
using System.Text.Json.Serialization;

namespace MockInterview.Resumes.Skills;

/// <summary>Parses the taxonomy JSON and validates it: names present, categories known, every form unique.</summary>
internal static class SkillTaxonomyLoader
{
    public const string ResourceName = "MockInterview.Resumes.Skills.skills.json";

    // Unknown members are errors so that a misspelt field ("aliasses") is caught instead of silently dropped.
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static SkillTaxonomy LoadEmbedded()
    {
        using var stream = typeof(SkillTaxonomyLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new SkillTaxonomyException($"The skills taxonomy resource '{ResourceName}' is not embedded.");
        return Load(stream);
    }

    public static SkillTaxonomy Load(Stream json)
    {
        SkillTaxonomyJson? file;
        try
        {
            file = JsonSerializer.Deserialize<SkillTaxonomyJson>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new SkillTaxonomyException("The skills taxonomy is not valid JSON: " + ex.Message, ex);
        }

        if (file?.Categories is not { Count: > 0 })
        {
            throw new SkillTaxonomyException("The skills taxonomy has no categories.");
        }

        var skills = new List<Skill>();
        var forms = new List<SkillForm>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var category in file.Categories)
        {
            if (!Enum.TryParse<SkillCategory>(category.Category, ignoreCase: false, out var kind))
            {
                throw new SkillTaxonomyException($"Unknown skill category '{category.Category}'.");
            }

            foreach (var entry in category.Skills ?? [])
            {
                var (skill, skillForms) = Build(entry, kind);
                foreach (var form in skillForms)
                {
                    if (owners.TryGetValue(form.Key, out var owner) && owner != skill.Name)
                    {
                        throw new SkillTaxonomyException($"The form '{form.Text}' is claimed by both '{owner}' and '{skill.Name}'.");
                    }

                    owners[form.Key] = skill.Name;
                }

                skills.Add(skill);
                forms.AddRange(skillForms);
            }
        }

        var names = skills.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var skill in skills)
        {
            foreach (var implied in skill.Implies)
            {
                if (!names.Contains(implied) || implied == skill.Name)
                {
                    throw new SkillTaxonomyException($"The skill '{skill.Name}' implies '{implied}', which is not another skill of the taxonomy.");
                }
            }
        }

        return new SkillTaxonomy(skills, forms);
    }

    private static (Skill Skill, List<SkillForm> Forms) Build(SkillJson entry, SkillCategory category)
    {
        var name = entry.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            throw new SkillTaxonomyException($"A skill in category {category} has an empty name.");
        }

        var aliases = new List<string>();
        foreach (var alias in entry.Aliases ?? [])
        {
            if (string.IsNullOrWhiteSpace(alias))
            {
                throw new SkillTaxonomyException($"The skill '{name}' has an empty alias.");
            }

            aliases.Add(alias.Trim());
        }

        var written = new HashSet<string>(aliases.Prepend(name), StringComparer.Ordinal);
        foreach (var listed in (entry.ExactCase ?? []).Concat(entry.NeedsContext ?? []))
        {
            if (!written.Contains(listed))
            {
                throw new SkillTaxonomyException($"The skill '{name}' marks '{listed}', which is neither its name nor an alias.");
            }
        }

        var implies = (entry.Implies ?? []).Select(i => i.Trim()).ToList();
        var skill = new Skill(name, category, aliases, implies);
        var cues = (entry.Cues ?? []).Select(c => c.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var forms = new List<SkillForm>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in aliases.Prepend(name))
        {
            var original = SkillTokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)).ToList();
            if (original.Count == 0)
            {
                throw new SkillTaxonomyException($"The form '{text}' of '{name}' has no letters or digits.");
            }

            var rule = entry.NeedsContext?.Contains(text) == true ? SkillFormRule.NeedsContext
                : entry.ExactCase?.Contains(text) == true ? SkillFormRule.ExactCase
                : SkillFormRule.AnyCase;
            var form = new SkillForm(skill, text, original.Select(t => t.ToLowerInvariant()).ToList(), original, rule, cues);

            // Two spellings of one skill may reduce to the same tokens ("scikit-learn", "scikit learn"): keep the first.
            if (keys.Add(form.Key))
            {
                forms.Add(form);
            }
        }

        return (skill, forms);
    }
}
