/** The validated Settings, provided globally by AppModule.forRoot. */
export const SETTINGS = Symbol('SETTINGS');
