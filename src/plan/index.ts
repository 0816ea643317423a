export * from "./build";
export * from "./topics";
