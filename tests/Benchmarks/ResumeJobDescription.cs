namespace MockInterview.Benchmarks;

/// <summary>The job description scored against in <c>./run.sh bench resume</c>: a copy of the senior backend fixture of
/// the Resumes tests (tests/Resumes.Tests/Fixtures/jd-senior-backend.txt), kept here so the benchmark does not depend
/// on another project's test files.</summary>
internal static class ResumeJobDescription
{
    public const string SeniorBackend =
        """
        Senior Backend Engineer (Payments) - Finlytics

        About the role
        We are looking for a Senior Backend Engineer to join our payments platform team in Berlin.
        You will design and run the services that move money for 2 million customers.

        What you'll do
        - Design, build and operate high-throughput payment services in C# and .NET
        - Run our workloads on Kubernetes in Azure and improve their reliability
        - Own CI/CD pipelines and infrastructure as code with Terraform
        - Mentor other engineers and lead code reviews

        Requirements
        - 5+ years of professional software engineering experience
        - Strong C# and .NET (ASP.NET Core) skills
        - Production experience with Kubernetes and Docker
        - Solid SQL skills with PostgreSQL or SQL Server
        - Experience with message queues such as Kafka or Azure Service Bus
        - Excellent communication skills in English

        Nice to have
        - Experience with Go or Rust
        - Familiarity with Redis and Elasticsearch
        - Knowledge of PCI DSS is a plus

        What we offer
        Flexible hours, a learning budget and Slack-first remote culture.
        """;
}
