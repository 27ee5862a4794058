using System.Text;
using System.Xml;

namespace MockInterview.Documents.Docx;

/// <summary>Reads the text of one WordprocessingML part (body, header or footer) in document order with a forward-only
/// <see cref="XmlReader"/>.</summary>
/// <remarks>Streaming instead of OpenXml's element tree: the tree is built recursively, so a hostile part nested a
/// hundred thousand levels deep could overflow the stack, which no catch survives. Here depth is only a counter,
/// checked against <c>Documents:MaxXmlDepth</c>, and a part's size is bounded by <c>MaxCharactersInPart</c>.
/// Paragraphs end in a newline; a table row whose cells are single lines becomes one tab-separated line, and a row
/// with longer cells (a layout table) gives each cell's paragraphs in turn. Text boxes come out where they are
/// anchored; the VML fallback copy of a text box, deleted text and field codes are skipped.</remarks>
internal sealed class WordprocessingTextReader
{
    private static readonly HashSet<string> WordNamespaces = new(StringComparer.Ordinal)
    {
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    };

    private const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    // Property elements hold no text (their w:tab is a tab stop, not a tab); deleted text and field codes are not
    // what the reader sees.
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "pPr", "rPr", "tblPr", "trPr", "tcPr", "sectPr", "tblGrid", "tblPrEx", "delText", "instrText", "delInstrText",
    };

    private readonly List<string> lines = [];
    private readonly Stack<StringBuilder> paragraphs = new();
    private readonly Stack<TableState> tables = new();
    private bool inText;

    private WordprocessingTextReader()
    {
    }

    /// <summary>The part's paragraphs as lines.</summary>
    /// <exception cref="DocumentRejectedException">The part nests deeper than <paramref name="maxDepth"/>.</exception>
    /// <exception cref="XmlException">The part is not well-formed, or longer than <paramref name="maxCharacters"/>.</exception>
    /// <param name="part">The part's XML.</param>
    /// <param name="maxDepth">Deepest nesting allowed.</param>
    /// <param name="maxCharacters">Most characters of XML in the part.</param>
    /// <param name="budget">Characters of text still wanted from the document; reading stops when it runs out.</param>
    public static IReadOnlyList<string> Read(Stream part, int maxDepth, long maxCharacters, TextBudget budget)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharacters,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };
        using var reader = XmlReader.Create(part, settings);
        var state = new WordprocessingTextReader();
        state.Run(reader, maxDepth, budget);
        return state.lines;
    }

    private void Run(XmlReader reader, int maxDepth, TextBudget budget)
    {
        var more = !budget.Exhausted && reader.Read();
        while (more)
        {
            if (reader.Depth > maxDepth)
            {
                throw DocumentRejections.TooComplex(
                    $"The document's structure is nested more than {maxDepth} levels deep, far beyond any real document, so it was not read.");
            }

            if (reader.NodeType == XmlNodeType.Element && ShouldSkip(reader))
            {
                // Skip reads past the subtree without recursion and leaves the reader on the next node.
                reader.Skip();
                more = !reader.EOF;
                continue;
            }

            switch (reader.NodeType)
            {
                case XmlNodeType.Element when WordNamespaces.Contains(reader.NamespaceURI):
                    StartElement(reader.LocalName, reader.IsEmptyElement);
                    break;
                case XmlNodeType.EndElement when WordNamespaces.Contains(reader.NamespaceURI):
                    EndElement(reader.LocalName);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace when inText:
                    var value = reader.Value;
                    Current()?.Append(value);
                    budget.Take(value.Length);
                    break;
            }

            more = !budget.Exhausted && reader.Read();
        }

        // Text outside any paragraph (malformed but seen) is kept rather than lost.
        while (paragraphs.Count > 0)
        {
            Emit(paragraphs.Pop().ToString());
        }
    }

    private static bool ShouldSkip(XmlReader reader) =>
        (reader.NamespaceURI == MarkupCompatibility && reader.LocalName == "Fallback")
        || (WordNamespaces.Contains(reader.NamespaceURI) && Skipped.Contains(reader.LocalName));

    private void StartElement(string name, bool isEmpty)
    {
        switch (name)
        {
            case "p" when isEmpty:
                Emit(string.Empty);
                break;
            case "p":
                paragraphs.Push(new StringBuilder());
                break;
            case "t" when !isEmpty:
                inText = true;
                break;
            case "tab" or "ptab":
                Current()?.Append('\t');
                break;
            case "br" or "cr":
                Current()?.Append('\n');
                break;
            case "noBreakHyphen":
                Current()?.Append('-');
                break;
            case "tbl" when !isEmpty:
                tables.Push(new TableState());
                break;
            case "tc" when tables.Count > 0:
                tables.Peek().StartCell();
                break;
        }
    }

    private void EndElement(string name)
    {
        switch (name)
        {
            case "t":
                inText = false;
                break;
            case "p" when paragraphs.Count > 0:
                Emit(paragraphs.Pop().ToString());
                break;
            case "tc" when tables.Count > 0:
                tables.Peek().EndCell();
                break;
            case "tr" when tables.Count > 0:
                var rowLines = tables.Peek().EndRow();
                // The row belongs to whatever holds the table: an outer table's cell, or the part.
                var table = tables.Pop();
                foreach (var line in rowLines)
                {
                    Emit(line);
                }

                tables.Push(table);
                break;
            case "tbl" when tables.Count > 0:
                tables.Pop();
                Emit(string.Empty);
                break;
        }
    }

    private StringBuilder? Current() => paragraphs.Count > 0 ? paragraphs.Peek() : null;

    private void Emit(string paragraph)
    {
        if (tables.Count > 0 && tables.Peek().InCell)
        {
            tables.Peek().Add(paragraph);
        }
        else
        {
            lines.Add(paragraph);
        }
    }
}
