using Yardstick.Web;

var app = await YardstickApp.BuildAsync(args);
await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
