using System.Text;

namespace MockInterview.Resumes.Profiles;

/// <summary>
/// Recognises section headings in their many spellings: "WORK EXPERIENCE", "Professional Experience:",
/// "## Skills &amp; Tools", "E D U C A T I O N", and "Skills: C#, SQL" (a heading with its content on one line).
/// </summary>
internal static class SectionHeadings
{
    private static readonly Dictionary<string, ResumeSection> Variants = Build();

    /// <summary>Recognises a heading line.</summary>
    /// <param name="line">The line, as written.</param>
    /// <param name="section">The section the heading opens.</param>
    /// <param name="rest">Text after "Heading:" on the same line, or empty.</param>
    public static bool TryMatch(string line, out ResumeSection section, out string rest)
    {
        section = default;
        rest = string.Empty;
        var trimmed = line.Trim();
        if (trimmed.Length is 0 or > 120)
        {
            return false;
        }

        var colon = trimmed.IndexOf(':');
        var head = colon > 0 ? trimmed[..colon] : trimmed;
        if (head.Length > 45 || !Variants.TryGetValue(Normalize(head), out section))
        {
            return false;
        }

        rest = colon > 0 ? trimmed[(colon + 1)..].Trim() : string.Empty;
        return true;
    }

    /// <summary>Lower case, letters and spaces only, "&amp;" read as "and", letter-spaced words joined.</summary>
    public static string Normalize(string head)
    {
        var builder = new StringBuilder(head.Length);
        foreach (var c in head)
        {
            if (char.IsLetter(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c == '&' || c == '+')
            {
                builder.Append(" and ");
            }
            else if (c == '/' || c == ',')
            {
                builder.Append(" and ");
            }
            else if (char.IsWhiteSpace(c) || c == '-')
            {
                builder.Append(' ');
            }
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // "E X P E R I E N C E" (letter-spaced headings in designed resumes) reads as one word.
        if (words.Length >= 4 && words.All(w => w.Length == 1))
        {
            return string.Concat(words);
        }

        return string.Join(' ', words.Where(w => w is not ("and" or "my" or "the") || words.Length == 1));
    }

    private static Dictionary<string, ResumeSection> Build()
    {
        var map = new Dictionary<string, ResumeSection>(StringComparer.Ordinal);
        void Add(ResumeSection section, params string[] names)
        {
            foreach (var name in names)
            {
                map[Normalize(name)] = section;
            }
        }

        Add(ResumeSection.Contact, "contact", "contact information", "contact info", "contact details", "personal details", "personal information", "personal info");
        Add(ResumeSection.Summary, "summary", "professional summary", "career summary", "executive summary", "profile", "professional profile", "personal profile", "career profile", "about", "about me", "objective", "career objective", "professional objective", "overview", "professional overview", "introduction", "personal statement", "summary of qualifications", "qualifications summary", "career highlights", "highlights", "who i am");
        Add(ResumeSection.Experience, "experience", "work experience", "professional experience", "employment", "employment history", "work history", "career history", "relevant experience", "professional background", "career", "positions held", "industry experience", "internships", "internship experience", "teaching experience", "research experience", "military experience", "professional history", "job history", "work", "experience and internships", "relevant work experience", "selected experience", "technical experience", "freelance experience", "employment experience", "career experience", "work experience and internships", "previous experience", "leadership experience");
        Add(ResumeSection.Education, "education", "academic background", "education and training", "educational background", "academic qualifications", "qualifications", "academic history", "studies", "degrees", "academics", "education and certifications", "education history", "educational qualifications", "academic experience");
        Add(ResumeSection.Skills, "skills", "technical skills", "core skills", "key skills", "core competencies", "competencies", "areas of expertise", "expertise", "technologies", "tech stack", "technical proficiencies", "proficiencies", "skills and tools", "tools and technologies", "tools", "skill set", "skillset", "technical expertise", "programming languages", "skills summary", "strengths", "key strengths", "abilities", "technical summary", "technical competencies", "it skills", "computer skills", "software skills", "relevant skills", "professional skills", "skills and expertise", "skills and abilities", "skills and technologies", "technical skills and tools", "core qualifications", "soft skills", "hard skills", "additional skills", "skills and interests", "frameworks", "technical stack", "stack");
        Add(ResumeSection.Projects, "projects", "personal projects", "academic projects", "selected projects", "key projects", "side projects", "project experience", "open source", "open source contributions", "portfolio", "notable projects", "research projects", "relevant projects", "projects and open source", "technical projects", "project highlights");
        Add(ResumeSection.Certifications, "certifications", "certificates", "certification", "licenses", "licences", "certifications and licenses", "licenses and certifications", "licences and certifications", "professional certifications", "courses", "training", "professional development", "continuing education", "accreditations", "credentials", "courses and certifications", "certifications and training", "online courses", "training and certifications");
        Add(ResumeSection.Awards, "awards", "honors", "honours", "achievements", "awards and honors", "awards and honours", "honors and awards", "accomplishments", "recognition", "scholarships", "key achievements", "awards and achievements");
        Add(ResumeSection.Publications, "publications", "papers", "research", "talks", "conference talks", "presentations", "patents", "publications and talks", "selected publications");
        Add(ResumeSection.Languages, "languages", "spoken languages", "language skills", "language proficiency", "foreign languages");
        Add(ResumeSection.Volunteering, "volunteering", "volunteer experience", "volunteer work", "community involvement", "extracurricular activities", "activities", "leadership and activities", "community", "volunteer");
        Add(ResumeSection.Interests, "interests", "hobbies", "hobbies and interests", "personal interests", "other interests");
        Add(ResumeSection.References, "references", "referees", "references available upon request");
        return map;
    }
}
