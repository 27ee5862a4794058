namespace MockInterview.Functions.CustomHandler;

/// <summary>The <c>direction</c> of a binding in function.json.</summary>
internal enum BindingDirection
{
    /// <summary>An input (or the trigger).</summary>
    In,

    /// <summary>An output.</summary>
    Out,

    /// <summary>Both.</summary>
    InOut,
}
