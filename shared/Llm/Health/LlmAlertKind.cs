namespace MockInterview.Llm.Health;

/// <summary>What an alert is about.</summary>
public enum LlmAlertKind
{
    /// <summary>A provider's circuit opened after repeated failures.</summary>
    ProviderTripped,

    /// <summary>A tripped provider answered its probe and is back.</summary>
    ProviderRecovered,

    /// <summary>A provider refused the credentials (401/403) and was taken out of routing.</summary>
    ProviderDisabled,

    /// <summary>A provider used more of a quota than the alert threshold.</summary>
    QuotaHigh,

    /// <summary>No provider could serve a call.</summary>
    AllProvidersDown,

    /// <summary>A call succeeded again after all providers were down.</summary>
    ProvidersBack,
}
