using System.Text.Json;
using MockInterview.Functions.CustomHandler;

namespace MockInterview.Functions.Tests.CustomHandler;

/// <summary>The robust decoding rule of DURABLE_PROTOCOL.md §1.3, on values shaped like the documented ones.</summary>
public sealed class CustomHandlerDecodingTests
{
    [Fact]
    public void Decode_DoubleEncodedString_ReturnsTheOriginalString()
    {
        // Host unit test: the .NET string stringTest arrives as "\"stringTest\"".
        var decoded = BindingValueDecoder.Decode(Parse("\"\\\"stringTest\\\"\""));

        Assert.Equal(JsonValueKind.String, decoded.ValueKind);
        Assert.Equal("stringTest", decoded.GetString());
    }

    [Fact]
    public void Decode_DoubleEncodedJsonText_ReturnsTheJsonTextAsAString()
    {
        // Captured queue message: "myQueueItem": "\"{\\\"hello\\\":\\\"world\\\"}\"" — a .NET string holding JSON text.
        var onTheWire = JsonSerializer.SerializeToElement(JsonSerializer.Serialize("{\"hello\":\"world\"}"));

        var decoded = BindingValueDecoder.Decode(onTheWire);

        Assert.Equal(JsonValueKind.String, decoded.ValueKind);
        Assert.Equal("{\"hello\":\"world\"}", decoded.GetString());
    }

    [Fact]
    public void Decode_NumberAsString_ReturnsTheNumber()
    {
        var decoded = BindingValueDecoder.Decode(Parse("\"1\""));

        Assert.Equal(JsonValueKind.Number, decoded.ValueKind);
        Assert.Equal(1, decoded.GetInt32());
    }

    [Fact]
    public void Decode_ArrayAsString_ReturnsTheArray()
    {
        var decoded = BindingValueDecoder.Decode(Parse("\"[1,\\\"two\\\"]\""));

        Assert.Equal(JsonValueKind.Array, decoded.ValueKind);
        Assert.Equal("two", decoded[1].GetString());
    }

    [Fact]
    public void Decode_NullAsString_ReturnsNull()
    {
        Assert.Equal(JsonValueKind.Null, BindingValueDecoder.Decode(Parse("\"null\"")).ValueKind);
    }

    [Fact]
    public void Decode_Object_ReturnsItUnchanged()
    {
        var decoded = BindingValueDecoder.Decode(Parse("""{"MethodName":"ResetQuotas","UtcNow":"2026-01-01T00:00:00Z"}"""));

        Assert.Equal(JsonValueKind.Object, decoded.ValueKind);
        Assert.Equal("ResetQuotas", decoded.GetProperty("MethodName").GetString());
    }

    [Theory]
    [InlineData("hello world")]
    [InlineData("{not json")]
    [InlineData("")]
    [InlineData("CiQ1ZjY0ZjBhYy0xMjM0LTQ1NjctODlhYi1jZGVmMDEyMzQ1Njc=")]
    public void Decode_TextThatIsNotJson_KeepsTheText(string text)
    {
        var decoded = BindingValueDecoder.Decode(JsonSerializer.SerializeToElement(text));

        Assert.Equal(JsonValueKind.String, decoded.ValueKind);
        Assert.Equal(text, decoded.GetString());
    }

    [Fact]
    public void Decode_DoubleEncodedBase64_ReturnsTheBase64Text()
    {
        // An orchestration trigger's Data.context: a JSON string holding the JSON string of base64 protobuf.
        const string base64 = "CiQ1ZjY0ZjBhYy0xMjM0LTQ1NjctODlhYi1jZGVmMDEyMzQ1Njc=";
        var onTheWire = JsonSerializer.SerializeToElement(JsonSerializer.Serialize(base64));

        Assert.Equal(base64, BindingValueDecoder.Decode(onTheWire).GetString());
    }

    [Fact]
    public void DecodeAll_CapturedQueueEnvelope_DecodesEveryValueWithCaseInsensitiveKeys()
    {
        // Shape of the captured real request in anthonychu/functions-dotnet5-custom-handler (test.http).
        const string body = """
            {
              "Data": { "myQueueItem": "\"{\\\"hello\\\":\\\"world\\\"}\"" },
              "Metadata": {
                "DequeueCount": "1",
                "ExpirationTime": "\"2026-01-08T09:00:00+00:00\"",
                "Id": "\"088fe7c5-6ff0-4f4c-9a1f-7c9e2c3f3d1e\"",
                "PopReceipt": "\"AgAAAAMAAAAAAAAA\"",
                "hello": "\"world\"",
                "sys": { "MethodName": "QueueTrigger", "UtcNow": "2026-01-01T09:00:00Z", "RandGuid": "0f7e3a84-1b0c-4b55-9d0e-5a0c8e0e4d11" }
              }
            }
            """;
        var request = JsonSerializer.Deserialize<InvocationRequest>(body, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

        var data = BindingValueDecoder.DecodeAll(request.Data);
        var metadata = BindingValueDecoder.DecodeAll(request.Metadata);

        Assert.Equal("{\"hello\":\"world\"}", data["MYQUEUEITEM"].GetString());
        Assert.Equal(1, metadata["dequeueCount"].GetInt32());
        Assert.Equal("088fe7c5-6ff0-4f4c-9a1f-7c9e2c3f3d1e", metadata["Id"].GetString());
        Assert.Equal("world", metadata["hello"].GetString());
        Assert.Equal("QueueTrigger", metadata["sys"].GetProperty("MethodName").GetString());
    }

    [Fact]
    public void DecodeAll_MissingSection_ReturnsEmpty()
    {
        Assert.Empty(BindingValueDecoder.DecodeAll(null));
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
