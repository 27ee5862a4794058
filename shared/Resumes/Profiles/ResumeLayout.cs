namespace MockInterview.Resumes.Profiles;

/// <summary>Measures of the resume text used to judge length and formatting risks.</summary>
/// <param name="Words">Words in the text.</param>
/// <param name="Lines">Non-blank lines.</param>
/// <param name="EstimatedPages">Pages: from page breaks when the text has them, else about 500 words a page.</param>
/// <param name="Bullets">Lines written as bullets.</param>
/// <param name="DenseParagraphs">Paragraphs of more than 60 words without a break.</param>
/// <param name="TableLines">Lines that look like table rows (several "|" or tab-separated cells).</param>
/// <param name="ColumnLines">Lines that look like two columns side by side (wide inner gaps).</param>
/// <param name="OddCharacters">Control, replacement and private-use characters and unmapped glyph codes.</param>
/// <param name="InstructionLines">Lines set aside because they read like instructions to an AI or screener.</param>
public sealed record ResumeLayout(
    int Words,
    int Lines,
    int EstimatedPages,
    int Bullets,
    int DenseParagraphs,
    int TableLines,
    int ColumnLines,
    int OddCharacters,
    int InstructionLines);
