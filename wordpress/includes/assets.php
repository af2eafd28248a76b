<?php
/**
 * The script (dist/wcit.js, a module) and the stylesheet that keeps the page
 * still while it loads, only on pages that show an element.
 */

defined( 'ABSPATH' ) || exit;

const WCIT_EMBED_HANDLE = 'wcit-embed';

function wcit_embed_register_assets(): void {
	$url = plugins_url( 'assets/', WCIT_EMBED_FILE );
	// The bundle reads the default feed beside itself (assets/wcit-2012.json), so it must stay in assets/.
	wp_register_script( WCIT_EMBED_HANDLE, $url . 'wcit.js', array(), WCIT_EMBED_VERSION, true );
	wp_register_style( WCIT_EMBED_HANDLE, $url . 'wcit-embed.css', array(), WCIT_EMBED_VERSION );
}
add_action( 'init', 'wcit_embed_register_assets' );

/** Called by every shortcode, block and pasted tag: the page gets the script once. */
function wcit_embed_enqueue(): void {
	wp_enqueue_script( WCIT_EMBED_HANDLE );
	wp_enqueue_style( WCIT_EMBED_HANDLE );
}

/**
 * Whether a post's content shows an element. Checked before the page's head,
 * so that classic themes (which render the content after wp_head) get the
 * stylesheet in the head too; block themes render first and enqueue on use.
 */
function wcit_embed_used_in( string $content ): bool {
	return str_contains( $content, '<wcit-' ) || str_contains( $content, '<!-- wp:wcit-embed/' )
		|| has_shortcode( $content, 'wcit_letter' ) || has_shortcode( $content, 'wcit_signatories' ) || has_shortcode( $content, 'wcit_sign_button' );
}

add_action(
	'wp_enqueue_scripts',
	static function () {
		global $wp_query;
		foreach ( $wp_query->posts ?? array() as $post ) {
			if ( $post instanceof WP_Post && wcit_embed_used_in( $post->post_content ) ) {
				wcit_embed_enqueue();
				return;
			}
		}
	}
);

// The block editor's preview (ServerSideRender) holds the elements too.
add_action( 'enqueue_block_editor_assets', 'wcit_embed_enqueue' );

/**
 * WordPress 6.1 has no script-module API (wp_enqueue_script_module came in
 * 6.5): the bundle is an ES module, so its tag gets type="module" here. A
 * module is deferred and runs once however often the tag appears.
 */
add_filter(
	'script_loader_tag',
	static function ( $tag, $handle ) {
		if ( WCIT_EMBED_HANDLE !== $handle ) {
			return $tag;
		}
		$tag = preg_replace( '/\stype=([\'"])[^\'"]*\1/', '', $tag );
		return str_replace( '<script ', '<script type="module" ', $tag );
	},
	10,
	2
);
