using System.Diagnostics;
using MockInterview.Resumes.Jobs;
using MockInterview.Resumes.Profiles;
using MockInterview.Resumes.Scoring;

namespace MockInterview.Benchmarks;

/// <summary>Parse and score alone on a longer text, to show how those stages grow with the resume's length
/// (extraction is dominated by process start-up and barely grows).</summary>
internal static class ResumeParseScaling
{
    /// <summary>Times resume parse + job parse + score of <paramref name="resumeText"/>, in ms per run.</summary>
    public static Percentiles Measure(string resumeText, int iterations, int warmUp)
    {
        var asOf = new DateOnly(2026, 11, 1);
        var timings = new List<double>(iterations);
        for (var i = 0; i < warmUp + iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            var score = AtsScorer.Score(ResumeParser.Parse(resumeText, asOf), JobDescriptionParser.Parse(ResumeJobDescription.SeniorBackend));
            GC.KeepAlive(score);
            if (i >= warmUp)
            {
                timings.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        return new Percentiles(timings);
    }
}
