using Toolkit.Cli;

return await GateCli.RunAsync(args).ConfigureAwait(false);
