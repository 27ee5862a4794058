namespace MockInterview.Workflows;

/// <summary>Identifies one workflow instance.</summary>
public readonly record struct InstanceId
{
    /// <summary>Creates an id; ids are 1–100 characters of letters, digits, '-', '_', ':' or '.'.</summary>
    public InstanceId(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (value.Length > 100 || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' or '.'))
        {
            throw new ArgumentException($"'{value}' is not a valid workflow instance id.", nameof(value));
        }

        Value = value;
    }

    /// <summary>The id's text.</summary>
    public string Value { get; }

    /// <summary>A new random id.</summary>
    public static InstanceId New() => new(Guid.NewGuid().ToString("N"));

    /// <inheritdoc />
    public override string ToString() => Value;
}
