namespace MockInterview.Functions.Tests.Jobs;

/// <summary>Job descriptions for the tests.</summary>
internal static class JobTexts
{
    public const string Backend = """
        Senior Backend Engineer

        Responsibilities
        - Design and build payment APIs used by millions of customers.
        - Own the reliability of the ledger service end to end.

        Requirements
        - 5+ years of experience building backend services
        - Strong C# and PostgreSQL
        - Experience with Kafka

        Nice to have
        - Kubernetes
        - Terraform
        """;
}
