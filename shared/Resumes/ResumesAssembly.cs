namespace MockInterview.Resumes;

/// <summary>Marks the assembly; resume and job types live in feature folders.</summary>
internal static class ResumesAssembly;
