using MockInterview.Resumes.Profiles;
using MockInterview.Resumes.Skills;

namespace MockInterview.Resumes.Scoring;

/// <summary>
/// How well the resume shows each skill: shown in work (full credit), only listed (less), or implied by a related
/// skill the resume shows (Terraform → Infrastructure as Code, AKS → Kubernetes), at 80% of that skill's credit.
/// </summary>
internal sealed class ResumeEvidence
{
    /// <summary>Share of a skill's credit that a skill it implies receives.</summary>
    public const double ImpliedShare = 0.8;

    private readonly Dictionary<string, SkillCredit> credits = new(StringComparer.Ordinal);

    public ResumeEvidence(ResumeProfile profile, SkillTaxonomy taxonomy, double listedCredit)
    {
        foreach (var skill in profile.Skills)
        {
            credits[skill.Name] = new SkillCredit(skill.IsEvidenced ? AtsWeights.ShownInWork : listedCredit, skill.IsEvidenced ? SkillProof.Shown : SkillProof.Listed, null);
        }

        // Two levels reach Next.js → React → JavaScript; direct evidence always wins over implied.
        for (var level = 0; level < 2; level++)
        {
            foreach (var (name, credit) in credits.ToList())
            {
                foreach (var implied in taxonomy.Get(name)?.Implies ?? [])
                {
                    var offered = credit.Credit * ImpliedShare;
                    if (!credits.TryGetValue(implied, out var existing) || existing.Credit < offered)
                    {
                        credits[implied] = new SkillCredit(offered, SkillProof.Implied, credit.Via ?? name);
                    }
                }
            }
        }
    }

    /// <summary>The credit for a skill name (0 and <see cref="SkillProof.Absent"/> when the resume does not show it).</summary>
    public SkillCredit Of(string name) => credits.GetValueOrDefault(name, new SkillCredit(0, SkillProof.Absent, null));

    /// <summary>True when the named skill (or a skill implying it) appears in the given canonical names.</summary>
    public static bool Covers(IEnumerable<string> names, IReadOnlySet<string> wanted, SkillTaxonomy taxonomy) =>
        names.Any(n => wanted.Contains(n) || (taxonomy.Get(n)?.Implies.Any(wanted.Contains) ?? false));
}
