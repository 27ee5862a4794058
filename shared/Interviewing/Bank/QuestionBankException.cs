namespace MockInterview.Interviewing.Bank;

/// <summary>A question bank file is malformed; the message names the file and the question.</summary>
internal sealed class QuestionBankException(string message, Exception? inner = null) : Exception(message, inner);
