namespace Yardstick.Web.Platform.Web;

/// <summary>A report built for download (a workbook, a CSV) and the name it is offered under.</summary>
public sealed record ExportFile(byte[] Bytes, string Name);
