namespace MockInterview.Interviewing.Bank;

/// <summary>The shape of one data file: an object with a "questions" array, so files can grow metadata later.</summary>
internal sealed class BankFileJson
{
    public List<BankQuestionJson?>? Questions { get; set; }
}
