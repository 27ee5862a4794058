namespace MockInterview.Interviewing.Planning;

/// <summary>A skill the plan aims questions at, with why and what the resume shows of it.</summary>
/// <param name="Skill">The canonical skill name ("Kubernetes").</param>
/// <param name="Asked">How the job description asks for it ("PostgreSQL or MySQL"); the skill name when it gives no
/// alternatives or the skill comes from the resume.</param>
/// <param name="Need">Required, nice to have, or a strength of the resume.</param>
/// <param name="Proof">What the resume shows of it.</param>
/// <param name="ShownIn">Where the resume shows it ("your work at Acme"), when <paramref name="Proof"/> is Shown.</param>
/// <param name="Groups">Its forms as groups of the question bank's search terms; a question is about the skill when its
/// text or tags use every term of one group.</param>
internal sealed record SkillTarget(
    string Skill, string Asked, SkillNeed Need, ResumeProof Proof, string? ShownIn, IReadOnlyList<IReadOnlyList<string>> Groups)
{
    /// <summary>Every term of every group, to search the bank with.</summary>
    public IReadOnlyList<string> Terms { get; } = Groups.SelectMany(g => g).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>True when a question with these topic terms (text and tags) asks about the skill.</summary>
    public bool IsAbout(IReadOnlySet<string> topic)
    {
        // Plain loops: this runs for every target on every technical question of the bank.
        foreach (var group in Groups)
        {
            var all = true;
            foreach (var term in group)
            {
                if (!topic.Contains(term))
                {
                    all = false;
                    break;
                }
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a skill the job requires and the resume does not show in any work.</summary>
    public bool IsGap => Need == SkillNeed.Required && Proof is ResumeProof.None or ResumeProof.Named;

    /// <summary>Why a question on this skill was asked, in plain words: "Asks about Kubernetes because the job
    /// description requires it and your resume shows no evidence of it."</summary>
    public string Rationale()
    {
        var it = Asked == Skill ? "it" : Asked;
        var need = Need switch
        {
            SkillNeed.Required => $"the job description requires {it}",
            SkillNeed.NiceToHave => $"the job description lists {it} as a plus",
            _ => null,
        };
        var shown = Asked == Skill ? "it" : Skill;
        var proof = Proof switch
        {
            ResumeProof.Shown => $"your resume shows {shown} in {ShownIn ?? "your experience"}",
            ResumeProof.Named => $"your resume names {shown} but shows no work with it",
            ResumeProof.None => $"your resume shows no evidence of {(Asked == Skill ? "it" : "any of them")}",
            _ => null,
        };
        var because = (need, proof) switch
        {
            ({ } n, { } p) => $"{n} and {p}",
            ({ } n, null) => n,
            (null, { } p) => p,
            _ => "it fits the role",
        };
        return $"Asks about {Skill} because {because}.";
    }
}
