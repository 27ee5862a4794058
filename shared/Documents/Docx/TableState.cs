namespace MockInterview.Documents.Docx;

/// <summary>The row being read of one (possibly nested) table.</summary>
internal sealed class TableState
{
    private readonly List<List<string>> cells = [];
    private List<string>? cell;

    public bool InCell => cell is not null;

    public void StartCell() => cell = [];

    public void Add(string paragraph) => cell?.Add(paragraph);

    public void EndCell()
    {
        if (cell is not null)
        {
            cells.Add(cell);
            cell = null;
        }
    }

    /// <summary>The finished row as lines: one tab-separated line when every cell is a single line (a data table),
    /// else each cell's paragraphs in turn with a blank line after each cell (a layout table).</summary>
    public IReadOnlyList<string> EndRow()
    {
        EndCell();
        var filled = cells.Select(c => c.Where(p => p.Trim().Length > 0).ToList()).ToList();
        cells.Clear();
        if (filled.All(c => c.Count <= 1 && !c.Any(p => p.Contains('\n'))))
        {
            var line = string.Join('\t', filled.Select(c => c.Count == 0 ? string.Empty : c[0].Trim()));
            return line.Trim().Length == 0 ? [] : [line];
        }

        var result = new List<string>();
        foreach (var paragraphs in filled.Where(c => c.Count > 0))
        {
            result.AddRange(paragraphs);
            result.Add(string.Empty);
        }

        return result;
    }
}
