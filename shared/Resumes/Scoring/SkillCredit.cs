namespace MockInterview.Resumes.Scoring;

/// <summary>The credit a resume earns for one skill and how it was earned.</summary>
/// <param name="Credit">0 to 1.</param>
/// <param name="Proof">Shown in work, listed, implied or absent.</param>
/// <param name="Via">For an implied skill, the resume's skill that implies it.</param>
internal sealed record SkillCredit(double Credit, SkillProof Proof, string? Via);
