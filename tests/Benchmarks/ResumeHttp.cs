using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace MockInterview.Benchmarks;

/// <summary>The same work through the app's HTTP API in process: <c>POST /api/resumes</c> (multipart upload: extract,
/// parse, store the file and the profile in SQLite) then <c>POST /api/resumes/{id}/score</c> with the job description
/// inline (parse the job, score). Each resume is deleted afterwards, outside the timing, to stay under the
/// per-caller limit.</summary>
internal static class ResumeHttp
{
    /// <summary>Times upload + score sequentially; returns the totals in ms and the score the API gave.</summary>
    public static async Task<(Percentiles Totals, Percentiles Uploads, int Score)> RunAsync(byte[] pdf, int iterations, int warmUp)
    {
        await using var host = new ResumeHttpHost();
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-User-Id", "resume-benchmark");
        var totals = new List<double>(iterations);
        var uploads = new List<double>(iterations);
        var score = -1;
        for (var i = 0; i < warmUp + iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            using var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(pdf);
            file.Headers.ContentType = MediaTypeHeaderValue.Parse("application/pdf");
            form.Add(file, "file", "resume.pdf");
            using var uploaded = await client.PostAsync("/api/resumes", form);
            var body = await uploaded.Content.ReadAsStringAsync();
            if (uploaded.StatusCode != HttpStatusCode.Created)
            {
                throw new InvalidOperationException($"POST /api/resumes answered {(int)uploaded.StatusCode}: {body}");
            }

            var afterUpload = Stopwatch.GetTimestamp();
            var id = (string)JsonNode.Parse(body)!["id"]!;
            using var scored = await client.PostAsJsonAsync($"/api/resumes/{id}/score", new { jobDescription = ResumeJobDescription.SeniorBackend });
            var scoreBody = await scored.Content.ReadAsStringAsync();
            var end = Stopwatch.GetTimestamp();
            if (scored.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"POST /api/resumes/{{id}}/score answered {(int)scored.StatusCode}: {scoreBody}");
            }

            score = (int)JsonNode.Parse(scoreBody)!["total"]!;
            if (i >= warmUp)
            {
                totals.Add(Stopwatch.GetElapsedTime(start, end).TotalMilliseconds);
                uploads.Add(Stopwatch.GetElapsedTime(start, afterUpload).TotalMilliseconds);
            }

            using var deleted = await client.DeleteAsync($"/api/resumes/{id}");
        }

        return (new Percentiles(totals), new Percentiles(uploads), score);
    }
}
