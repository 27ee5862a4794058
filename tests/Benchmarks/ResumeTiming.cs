namespace MockInterview.Benchmarks;

/// <summary>Time of each stage of one resume run, in milliseconds.</summary>
/// <param name="Extract">PDF bytes to normalised text (pdfinfo and pdftotext child processes included).</param>
/// <param name="ParseResume">Resume text to profile.</param>
/// <param name="ParseJob">Job description text to profile.</param>
/// <param name="Score">ATS score of the profile against the job.</param>
/// <param name="Total">The whole run, measured around it (not the sum of the stages).</param>
internal sealed record ResumeTiming(double Extract, double ParseResume, double ParseJob, double Score, double Total);
