using System.Text;
using System.Xml;

namespace GraphServer.Api.Exports;

/// <summary>The XmlWriter both XML formats use: UTF-8 without a byte-order mark, indented, characters checked.</summary>
internal static class ExportXml
{
    public static XmlWriter Create(Stream output) => XmlWriter.Create(output, new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        CloseOutput = false,
    });

    public static string TypeName(ExportKind kind) => kind switch
    {
        ExportKind.Long => "long",
        ExportKind.Double => "double",
        ExportKind.Boolean => "boolean",
        _ => "string",
    };
}
