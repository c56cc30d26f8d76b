export default defineBackground(() => {
  // Wired in lib/background/ (added with the queue and messaging).
});
