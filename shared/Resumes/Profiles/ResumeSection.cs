namespace MockInterview.Resumes.Profiles;

/// <summary>A section of a resume, as recognised from its heading (or inferred when there are no headings).</summary>
public enum ResumeSection
{
    /// <summary>Name, email, phone, links, location.</summary>
    Contact,
    /// <summary>Summary, profile, objective, about me.</summary>
    Summary,
    /// <summary>Work experience, employment history.</summary>
    Experience,
    /// <summary>Education, degrees, academic background.</summary>
    Education,
    /// <summary>Skills, technical skills, core competencies.</summary>
    Skills,
    /// <summary>Projects, personal or academic projects.</summary>
    Projects,
    /// <summary>Certifications, licences, courses.</summary>
    Certifications,
    /// <summary>Awards, honours, achievements.</summary>
    Awards,
    /// <summary>Publications, papers, talks.</summary>
    Publications,
    /// <summary>Spoken languages.</summary>
    Languages,
    /// <summary>Volunteering and community work.</summary>
    Volunteering,
    /// <summary>Interests and hobbies.</summary>
    Interests,
    /// <summary>References.</summary>
    References,
}
