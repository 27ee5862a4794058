namespace MockInterview.Resumes.Skills;

/// <summary>The family a skill belongs to; scoring treats soft and business skills apart from technical ones.</summary>
public enum SkillCategory
{
    /// <summary>Programming, query, markup and hardware description languages.</summary>
    Language,
    /// <summary>Application frameworks and runtimes.</summary>
    Framework,
    /// <summary>Libraries and build-time tooling used from code.</summary>
    Library,
    /// <summary>Databases, warehouses and data stores.</summary>
    Database,
    /// <summary>Cloud platforms, infrastructure, operations and delivery tooling.</summary>
    CloudDevOps,
    /// <summary>Tools and applications used at work (IDEs, trackers, office suites, CRMs).</summary>
    Tool,
    /// <summary>Testing practices and test tools.</summary>
    Testing,
    /// <summary>Security practices, standards and tools.</summary>
    Security,
    /// <summary>Mobile platforms and frameworks.</summary>
    Mobile,
    /// <summary>Data analysis, data engineering, machine learning and AI.</summary>
    DataMl,
    /// <summary>Design, research and product practice.</summary>
    DesignProduct,
    /// <summary>Engineering methods, architecture and computer-science fundamentals.</summary>
    Methodology,
    /// <summary>Interpersonal and working skills.</summary>
    SoftSkill,
    /// <summary>Business functions and domain knowledge.</summary>
    Business,
}
