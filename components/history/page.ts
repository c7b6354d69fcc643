/** Rows in the DOM at a time: "Show more" adds the next page, so ten thousand records cost what a hundred do. */
export const PAGE_SIZE = 100;
